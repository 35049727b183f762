stub: upstream file of 12651 bytes
