stub: upstream file of 30785 bytes
