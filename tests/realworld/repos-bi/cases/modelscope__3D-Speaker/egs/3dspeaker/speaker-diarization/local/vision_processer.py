stub: upstream file of 15790 bytes
