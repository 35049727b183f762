stub: upstream file of 17558 bytes
