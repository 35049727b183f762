stub: upstream file of 21722 bytes
