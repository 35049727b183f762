stub: upstream file of 7686 bytes
