stub: upstream file of 16053 bytes
