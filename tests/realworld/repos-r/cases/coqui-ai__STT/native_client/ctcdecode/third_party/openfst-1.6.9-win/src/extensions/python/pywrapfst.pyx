stub: upstream file of 137016 bytes
