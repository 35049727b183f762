stub: upstream file of 25894 bytes
