stub: upstream file of 20690 bytes
