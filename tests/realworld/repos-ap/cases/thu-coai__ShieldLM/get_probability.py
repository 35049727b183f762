stub: upstream file of 10726 bytes
