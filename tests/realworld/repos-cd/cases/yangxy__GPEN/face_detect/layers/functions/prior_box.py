stub: upstream file of 1327 bytes
