stub: upstream file of 4930 bytes
