stub: upstream file of 74955 bytes
