stub: upstream file of 282055 bytes
