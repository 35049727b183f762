stub: upstream file of 12071 bytes
