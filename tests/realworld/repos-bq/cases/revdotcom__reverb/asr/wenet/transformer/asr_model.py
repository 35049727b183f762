stub: upstream file of 53325 bytes
