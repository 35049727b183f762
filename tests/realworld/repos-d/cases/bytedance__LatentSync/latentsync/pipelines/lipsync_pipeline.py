stub: upstream file of 21790 bytes
