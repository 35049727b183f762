stub: upstream file of 18685 bytes
