stub: upstream file of 16651 bytes
