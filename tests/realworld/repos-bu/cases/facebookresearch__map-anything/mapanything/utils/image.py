stub: upstream file of 27466 bytes
