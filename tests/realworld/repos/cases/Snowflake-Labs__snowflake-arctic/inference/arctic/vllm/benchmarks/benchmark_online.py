stub: upstream file of 12708 bytes
