stub: upstream file of 25180 bytes
