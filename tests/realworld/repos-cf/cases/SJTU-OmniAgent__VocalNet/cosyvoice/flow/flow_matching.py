stub: upstream file of 10647 bytes
