stub: upstream file of 92129 bytes
