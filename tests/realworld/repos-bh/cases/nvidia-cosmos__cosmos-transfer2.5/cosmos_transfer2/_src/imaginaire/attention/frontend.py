stub: upstream file of 29790 bytes
