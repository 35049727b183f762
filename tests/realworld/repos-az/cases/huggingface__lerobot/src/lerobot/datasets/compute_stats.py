stub: upstream file of 29160 bytes
