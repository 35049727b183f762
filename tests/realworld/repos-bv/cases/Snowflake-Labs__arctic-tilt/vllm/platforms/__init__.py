stub: upstream file of 10364 bytes
