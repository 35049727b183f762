stub: upstream file of 59602 bytes
