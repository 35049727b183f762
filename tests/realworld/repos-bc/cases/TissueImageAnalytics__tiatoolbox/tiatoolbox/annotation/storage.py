stub: upstream file of 153615 bytes
