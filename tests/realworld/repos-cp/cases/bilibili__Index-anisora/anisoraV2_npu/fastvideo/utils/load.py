stub: upstream file of 16306 bytes
