stub: upstream file of 53022 bytes
