stub: upstream file of 39498 bytes
