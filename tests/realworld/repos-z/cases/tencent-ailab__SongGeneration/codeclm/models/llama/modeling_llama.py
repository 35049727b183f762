stub: upstream file of 55460 bytes
