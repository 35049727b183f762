stub: upstream file of 2417 bytes
