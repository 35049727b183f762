stub: upstream file of 19802 bytes
