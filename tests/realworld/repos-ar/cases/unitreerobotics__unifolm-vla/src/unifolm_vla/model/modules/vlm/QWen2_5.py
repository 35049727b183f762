stub: upstream file of 13693 bytes
