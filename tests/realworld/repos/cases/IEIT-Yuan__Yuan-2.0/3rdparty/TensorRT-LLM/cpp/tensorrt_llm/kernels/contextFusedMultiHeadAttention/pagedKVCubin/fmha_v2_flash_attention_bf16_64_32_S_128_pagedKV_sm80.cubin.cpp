stub: upstream file of 458644 bytes
