stub: upstream file of 81237 bytes
