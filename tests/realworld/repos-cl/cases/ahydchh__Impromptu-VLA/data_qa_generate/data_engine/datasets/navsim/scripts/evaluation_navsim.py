stub: upstream file of 2597 bytes
