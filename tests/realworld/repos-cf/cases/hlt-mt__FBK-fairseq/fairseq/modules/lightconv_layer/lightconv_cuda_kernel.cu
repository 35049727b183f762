stub: upstream file of 10609 bytes
