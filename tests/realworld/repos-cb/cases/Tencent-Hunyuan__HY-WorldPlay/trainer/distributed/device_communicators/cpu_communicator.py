stub: upstream file of 5746 bytes
