stub: upstream file of 12182 bytes
