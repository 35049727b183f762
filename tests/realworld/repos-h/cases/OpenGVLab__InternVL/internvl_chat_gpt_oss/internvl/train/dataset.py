stub: upstream file of 30727 bytes
