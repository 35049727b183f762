stub: upstream file of 3856 bytes
