stub: upstream file of 7009 bytes
