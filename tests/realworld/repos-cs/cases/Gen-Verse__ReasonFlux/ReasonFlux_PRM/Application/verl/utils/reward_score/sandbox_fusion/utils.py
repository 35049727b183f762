stub: upstream file of 22632 bytes
