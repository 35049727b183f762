stub: upstream file of 11327 bytes
