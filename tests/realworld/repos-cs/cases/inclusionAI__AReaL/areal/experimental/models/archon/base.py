stub: upstream file of 5696 bytes
