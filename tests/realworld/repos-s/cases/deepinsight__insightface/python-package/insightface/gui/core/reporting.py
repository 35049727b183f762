stub: upstream file of 37506 bytes
