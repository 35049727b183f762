stub: upstream file of 10134 bytes
