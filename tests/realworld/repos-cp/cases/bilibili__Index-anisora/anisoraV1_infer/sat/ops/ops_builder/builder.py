stub: upstream file of 28554 bytes
