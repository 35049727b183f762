stub: upstream file of 9734 bytes
