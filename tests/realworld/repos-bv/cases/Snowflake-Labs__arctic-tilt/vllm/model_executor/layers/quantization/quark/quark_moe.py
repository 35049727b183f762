stub: upstream file of 10782 bytes
