stub: upstream file of 29547 bytes
